export { related as GET } from '../../../../../search/endpoints'
